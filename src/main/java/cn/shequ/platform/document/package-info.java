/**
 * The register of policy documents (文件, by document number 文号) and meetings (会议) that every
 * work stream refers to. Documents and meetings are the office's public business: every logged-in
 * user reads them; only office staff enter them, inside their scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents and meetings")
package cn.shequ.platform.document;
