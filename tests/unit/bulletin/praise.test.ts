// A bulletin praises only a unit that earned it, not whoever ranks first.
import { describe, expect, it } from "vitest";
import { praiseSentence } from "@/lib/bulletin/praise";

const unit = (name: string, rank: number, slots: number, onTime: number, overdue = slots - onTime) => ({ name, rank, slots, onTime, overdue });

describe("通报表扬", () => {
  it("praises the units ranked first that filed every report on time", () => {
    expect(praiseSentence([unit("办公室", 1, 4, 4), unit("财务室", 1, 2, 2), unit("人事室", 3, 4, 3)])).toBe(
      "办公室、财务室综合排名第一，按时报送率100%，予以通报表扬。",
    );
  });

  it("praises nobody when the first place filed late: the least bad is not good (党工委 at 50% was praised)", () => {
    expect(praiseSentence([unit("党工委", 1, 2, 1), unit("督导室", 1, 2, 1), unit("基建室", 3, 2, 0)])).toBeNull();
  });

  it("praises nobody for a period with nothing to file, and never a unit below first place", () => {
    expect(praiseSentence([unit("办公室", 1, 0, 0)])).toBeNull();
    // Both on time; the second behind on 完成率, the ranking's next key.
    expect(praiseSentence([unit("办公室", 1, 2, 2), unit("财务室", 2, 2, 2)])).toBe("办公室综合排名第一，按时报送率100%，予以通报表扬。");
  });
});
