package cn.shequ.platform.ecotown;

/** A featured industrial park's kind: 特色农业园区, 工业园区, 服务业园区. */
enum EcoParkKind {
    AGRICULTURE,
    INDUSTRY,
    SERVICES
}
