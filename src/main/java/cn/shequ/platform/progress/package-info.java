/**
 * The shape the work streams with construction projects share: a project's progress, moved on only
 * by dated progress reports, and the rules those reports keep (dates and percentages never go back,
 * a status never goes backwards, completion not before the start). Service centers, smart
 * communities and eco-town key projects build on it instead of copying it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Project progress", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.shequ.platform.progress;
