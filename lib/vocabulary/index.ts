// Every word the user sees for an enum, once: one module per enum with its
// values (in display order) and Chinese labels. Pure and type-only imports,
// so client components use it too. Import from "@/lib/vocabulary".
export * from "./audit";
export * from "./bulletin";
export * from "./comparator";
export * from "./definition-direction";
export * from "./group-rule";
export * from "./inbox-kind";
export * from "./judgement";
export * from "./mapping-state";
export * from "./member-import";
export * from "./org-unit-kind";
export * from "./period-basis";
export * from "./plan-kind";
export * from "./report-event";
export * from "./report-frequency";
export * from "./report-status";
export * from "./role";
export * from "./slot-status";
export * from "./task-status";
export * from "./unit-role";
export * from "./tenant-kind";
export * from "./deadline";
export * from "./task-light";
export * from "./supervision";
export * from "./plausibility";
export * from "./slip";
export * from "./outbox";
export * from "./staff-queue";
export * from "./unit-todo";
export * from "./search-kind";
export * from "./public-page";
export * from "./link-state";
