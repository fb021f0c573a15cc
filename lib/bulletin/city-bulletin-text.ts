// A city's bulletin in words and tables, shared by the page and the .docx.
import { formatChineseDate, formatShare } from "@/lib/format";
import { BULLETIN_COLUMNS as C, BULLETIN_MESSAGES, quarterLabel } from "@/lib/vocabulary";
import type { CityBulletin } from "./get-city-bulletin";
import type { OfficialDocumentContent, OfficialTable } from "./official-docx";
import { praiseSentence } from "./praise";
import { rateText } from "./plan-bulletin-text";

export function citySummary(b: CityBulletin): string[] {
  const sum = (key: "slots" | "onTime" | "overdue" | "tasks" | "done" | "red" | "yellow") => b.districts.reduce((t, d) => t + d[key], 0);
  const slots = sum("slots");
  const rate = slots > 0 ? formatShare(sum("onTime") / slots) : BULLETIN_MESSAGES.noRate;
  const sentences = [
    `${quarterLabel(b.quarter.year, b.quarter.quarter)}（${formatChineseDate(b.quarter.startsOn)}至${formatChineseDate(b.quarter.endsOn)}），${b.districts.length}个区县应报送${slots}份，按时报送${sum("onTime")}份，按时报送率${rate}；截至${formatChineseDate(b.today)}，逾期未报${sum("overdue")}份。`,
    `各区县共有任务${sum("tasks")}项，已完成（含销号）${sum("done")}项；红灯${sum("red")}项、黄灯${sum("yellow")}项。`,
  ];
  const praise = praiseSentence(b.districts);
  if (praise) sentences.push(praise);
  return sentences;
}

export function districtTable(b: CityBulletin): OfficialTable {
  return {
    columns: [C.rank, C.district, C.slots, C.onTime, C.onTimeRate, C.total, C.doneRate, C.overdue, C.red, C.yellow],
    rows: b.districts.map((d) => [
      String(d.rank),
      d.name,
      String(d.slots),
      String(d.onTime),
      rateText(d.onTimeRate),
      String(d.tasks),
      rateText(d.doneRate),
      String(d.overdue),
      String(d.red),
      String(d.yellow),
    ]),
  };
}

export function cityBulletinDocument(b: CityBulletin): OfficialDocumentContent {
  return {
    documentNumber: b.documentNumber,
    title: b.title,
    addressee: "各区（县）教育局：",
    lead: [`现将${quarterLabel(b.quarter.year, b.quarter.quarter)}各区县规划任务推进及情况填报有关情况通报如下。`],
    sections: [
      { heading: "一、总体情况", paragraphs: citySummary(b) },
      {
        heading: "二、各区县排名",
        paragraphs: ["按本季度到期填报的按时报送率、任务完成率从高到低、逾期数从少到多排名，三项均相同的并列。"],
        table: districtTable(b),
      },
      { heading: "三、有关要求", paragraphs: ["请各区县对照本通报，督促逾期未报的单位抓紧补报，对亮红灯、黄灯的任务加强督办，确保按期完成。"] },
    ],
    issuer: b.issuer,
    dateText: formatChineseDate(b.today),
  };
}
