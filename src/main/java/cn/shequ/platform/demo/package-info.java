/**
 * Demo records: each module contributes its own {@link cn.shequ.platform.demo.DemoDataset} from its
 * own package; the loader runs them once each, in order, when {@code platform.demo.enabled} is true
 * (the default profile, or the profile {@code demo}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo records")
package cn.shequ.platform.demo;
