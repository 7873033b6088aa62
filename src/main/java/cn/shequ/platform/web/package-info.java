/**
 * Web support shared by every module's pages: the layout's navigation, locale and messages, error
 * pages, paging links and the form flow that refuses stale edits. Kept small on purpose.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web support", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.shequ.platform.web;
