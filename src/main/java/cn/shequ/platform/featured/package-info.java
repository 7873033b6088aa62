/**
 * Work stream 5, featured-community appraisal (特色社区创建评选): appraisal batches launched by a document,
 * the communities' applications in one of the aspects, the workflow from draft to naming (with its
 * log), the reviewers' scores and the ranking, the named lists and their export, and the pages of
 * {@code /featured-communities}. It contributes its indicators, dashboard charts, yearbook tables and
 * entry facts in {@link cn.shequ.platform.featured.FeaturedFiguresConfig}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Featured-community appraisal")
package cn.shequ.platform.featured;
