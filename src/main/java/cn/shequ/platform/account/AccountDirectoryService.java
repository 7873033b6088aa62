package cn.shequ.platform.account;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountDirectoryService implements AccountDirectory {

    private final UserAccounts accounts;

    AccountDirectoryService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<AccountRef> enabledWith(Role role) {
        return accounts.findAll((root, query, cb) -> cb.and(cb.equal(root.get("role"), role), cb.isTrue(root.get("enabled"))),
                        Sort.by("username")).stream()
                .map(a -> new AccountRef(a.getUsername(), a.getDisplayName())).toList();
    }
}
