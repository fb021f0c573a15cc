// The search box's one input. Longer than a title anyone types is refused
// rather than cut: a pasted paragraph would match nothing and say so unclearly.
import { z } from "zod";

export const SEARCH_MAX_LENGTH = 50;

export const searchQuerySchema = z.object({
  q: z.string({ error: "请输入要搜索的内容" }).trim().min(1, "请输入要搜索的内容").max(SEARCH_MAX_LENGTH, `搜索内容不能超过 ${SEARCH_MAX_LENGTH} 个字`),
});
