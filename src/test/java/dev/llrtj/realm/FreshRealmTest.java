package dev.llrtj.realm;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of tests that each run in a realm of their own (argv `llrt /app/case.js`), closed after the test. */
public abstract class FreshRealmTest {
    protected RealmHarness realm;

    @BeforeEach
    final void startRealm() throws Exception {
        realm = RealmHarness.start(List.of("llrt", RealmHarness.FILE));
    }

    @AfterEach
    final void stopRealm() {
        realm.close();
    }
}
