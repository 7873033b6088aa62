package cn.shequ.platform.ecotown;

/** The groups of the infrastructure list: “五化”, “八通”, and centralized water, sewage and garbage. */
enum EcoInfrastructureGroup {
    FIVE_IMPROVEMENTS,
    EIGHT_CONNECTIONS,
    CENTRALIZED
}
