package dev.orchard.fake;

import dev.orchard.fake.http.Router;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RouterTest {
    @Test
    void exactPatternsWinOverTailPatternsWhateverTheOrder() {
        Router r = new Router();
        dev.orchard.fake.http.Handler tail = ex -> { };
        dev.orchard.fake.http.Handler exact = ex -> { };
        r.get("/B/{token}/**", tail);
        r.get("/B/{sig}/{ticket}/{name}", exact);
        assertThat(r.match("GET", "/B/a/b/c").handler()).isSameAs(exact);
        assertThat(r.match("GET", "/B/a/b").handler()).isSameAs(tail);
        assertThat(r.match("GET", "/B/a/b/c/d").handler()).isSameAs(tail);
        assertThat(r.match("GET", "/B/a/b/c").params()).containsEntry("ticket", "b");
    }

    @Test
    void knownPathWithOtherMethodIsReported() {
        Router r = new Router();
        r.post("/setup/ws/1/validate", ex -> { });
        assertThat(r.match("GET", "/setup/ws/1/validate").pathKnown()).isTrue();
        assertThat(r.match("GET", "/nowhere").pathKnown()).isFalse();
    }

    @Test
    void aTrailingSlashIsItsOwnRouteAndRoutesCanBeListed() {
        Router r = new Router();
        dev.orchard.fake.http.Handler index = ex -> { };
        r.get("/_fake/", index);
        r.post("/_fake/faults", ex -> { });
        r.get("/B/{token}/**", ex -> { });
        assertThat(r.match("GET", "/_fake/").handler()).isSameAs(index);
        assertThat(r.match("GET", "/_fake").handler()).isNull();
        assertThat(r.describe("/_fake/")).containsExactly("GET /_fake/", "POST /_fake/faults");
        assertThat(r.describe("/B")).containsExactly("GET /B/{token}/**");
    }
}
