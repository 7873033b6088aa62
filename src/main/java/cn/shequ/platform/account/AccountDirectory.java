package cn.shequ.platform.account;

import java.util.List;

/** The accounts module's public query: which accounts exist to be chosen for a task. */
public interface AccountDirectory {

    /** The enabled accounts of a role, by username. */
    List<AccountRef> enabledWith(Role role);
}
