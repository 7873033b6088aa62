/**
 * Work stream 3, land linkage (城乡建设用地增减挂钩): the project library of villages and industrial or mining
 * sites (with its spreadsheet import and export), linkage plots of a year's plan, completion
 * acceptances, funds, aggregation zones with their dated progress, and resettlements; the summary and
 * the pages of {@code /land-linkage}. It contributes its indicators, dashboard charts, yearbook tables
 * and entry facts in {@link cn.shequ.platform.landlinkage.LandLinkageFiguresConfig}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Land linkage")
package cn.shequ.platform.landlinkage;
