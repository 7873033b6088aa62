/**
 * The shared kernel: the few exception and value types every module speaks in (a rule broken, a
 * record not found, a stale edit). It holds no entities and no services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.shequ.platform.shared;
