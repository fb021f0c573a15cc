// Everything shown to users as a number, target, value, date or period is
// formatted here, once. Pure, so client components use it too. Import from "@/lib/format".
export * from "./bytes";
export * from "./date";
export * from "./delta";
export * from "./number";
export * from "./target";
