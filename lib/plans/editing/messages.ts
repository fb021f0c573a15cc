// Messages the editing UI reacts to; shared by server and client code.
export const TASK_CONFLICT_MESSAGE = "该任务已被他人修改，请刷新后再保存";
