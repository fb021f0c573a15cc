/**
 * A form's field written on a plan's cover or under its table: 编制日期：…,
 * 填报单位（盖章）：…, 填表人：…, 审核人：…, 联系电话：…. Such a line is neither a
 * table's caption nor a task; the Excel reader and the table placer both ask here.
 */
export const FORM_FIELD = /^(?:(?:编制|填报|填表|报送|印发|制表|审核|联系)[\u4e00-\u9fa5]{0,4}|(?:单位)?负责人|电话|签字|盖章)\s*(?:（[^）]*）)?\s*[：:]/;
