package cn.shequ.platform.support;

import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.yearlock.YearLocks;
import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every module's pages test starts from: the shared context ({@link IntegrationTest}), each test
 * in a transaction rolled back at its end, MockMvc with the demo {@link Users}, the {@link Pages}
 * reader, the regions, the year locks and the entity manager (to flush and clear between steps).
 */
@IntegrationTest
@Transactional
public abstract class PagesTestSupport {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected RegionDirectory regions;

    @Autowired
    protected YearLocks locks;

    @Autowired
    protected EntityManager entityManager;

    protected Users users;

    protected Pages pages;

    @Autowired
    void readPages(UserDetailsService userDetails) {
        users = new Users(userDetails);
        pages = new Pages(mvc);
    }

    /** A demo community by its region code. */
    protected CommunityRef community(String code) {
        return regions.communitiesUnder(null).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
