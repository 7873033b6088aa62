/**
 * The region registry (行政区划): province → city → county-level city → town or sub-district →
 * community → village, with the community's households, population and flags. Other modules refer to
 * towns and communities by id through {@link cn.shequ.platform.region.RegionDirectory}, and bound
 * what a user sees by {@link cn.shequ.platform.region.DataScope}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions")
package cn.shequ.platform.region;
