package cn.shequ.platform.account;

import java.time.Clock;

import cn.shequ.platform.demo.DemoDataset;
import cn.shequ.platform.region.RegionDirectory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The demo accounts, all with the password {@code Demo@2015} (listed in the README). */
@Component
class AccountDemoData implements DemoDataset {

    static final String PASSWORD = "Demo@2015";

    private final UserAccounts accounts;
    private final RegionDirectory regions;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountDemoData(UserAccounts accounts, RegionDirectory regions, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.regions = regions;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "account";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        String hash = encoder.encode(PASSWORD);
        add("admin", "系统管理员", Role.ADMIN, "370000", hash);
        add("office", "市社区办 王敏", Role.OFFICE, "370782", hash);
        add("leader", "市领导 李军", Role.LEADER, "370782", hash);
        add("changcheng", "昌城镇 张丽", Role.TOWN, "370782105", hash);
        add("auditor", "安全审计员 赵强", Role.AUDITOR, "370782", hash);
        add("reviewer1", "评审专家 陈华", Role.REVIEWER, "370782", hash);
        add("reviewer2", "评审专家 刘洋", Role.REVIEWER, "370782", hash);
        add("reviewer3", "评审专家 孙伟", Role.REVIEWER, "370782", hash);
    }

    private void add(String username, String displayName, Role role, String regionCode, String hash) {
        if (accounts.existsByUsername(username)) {
            return;
        }
        long scope = regions.findByCode(regionCode).orElseThrow().id();
        accounts.save(new UserAccount(username, displayName, role, scope, hash, false, clock.instant()));
    }
}
