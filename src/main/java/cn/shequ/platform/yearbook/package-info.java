/**
 * The yearbook (年鉴): the statistical tables (.xlsx) and the draft entry 社区建设 (.docx) of a year,
 * produced from the records through the indicators and what the work streams declare (their tables,
 * {@link cn.shequ.platform.yearbook.StatTableSource}, and facts, {@link cn.shequ.platform.yearbook.EntryFactSource}); the entry's
 * sentence templates, editable per year; and the year-end publication that stores an edition and
 * locks the year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Yearbook")
package cn.shequ.platform.yearbook;
