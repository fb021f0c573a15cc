/**
 * A form's field written on a plan's cover or under its table: 编制日期：…,
 * 填报单位（盖章）：…, 填表人：…, 审核人：…, 联系电话：…. Such a line is neither a
 * table's caption nor a task; the Excel reader and the table placer both ask here.
 */
export const FORM_FIELD = /^(?:(?:编制|填报|填表|报送|印发|制表|审核|联系)[\u4e00-\u9fa5]{0,4}|(?:单位)?负责人|电话|签字|盖章)\s*(?:（[^）]*）)?\s*[：:]/;

/**
 * The words that head notes about a table or a plan (填表说明, 备注, 注, 附注…),
 * one vocabulary for a note row under a table, a 说明 sheet, and the label that
 * opens numbered notes in prose.
 */
export const NOTE_WORD = "(?:(?:填表|填报|编制|使用|特别)?说明|(?:填表|填报)须知|(?:填表|填报|编制)要求|备注(?:说明)?|附注|注释|注)";
