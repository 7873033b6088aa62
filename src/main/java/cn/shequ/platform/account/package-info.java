/**
 * Accounts, roles and login: users with their role and region scope, the login page, lockout, the
 * login log, the security configuration and the administrators' account pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package cn.shequ.platform.account;
