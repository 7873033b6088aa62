package cn.shequ.platform.account;

/** An account as other modules name it: the username they store and the name pages show. */
public record AccountRef(String username, String displayName) {

    /** 评审专家 陈华（reviewer1） */
    public String label() {
        return displayName + "（" + username + "）";
    }
}
