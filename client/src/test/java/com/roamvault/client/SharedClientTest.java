package com.roamvault.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.support.TestServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fleet of phones shares one pool and dispatcher; OkHttp never retries mutating calls (only the
 * client's own retry of a stale idle connection does, see {@link IdleConnectionTest}).
 */
class SharedClientTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void connectionsDerivedFromOneSharedClientShareItsPoolAndDispatcher() throws Exception {
        OkHttpClient shared = new OkHttpClient();
        ConnectionOptions fleet = ConnectionOptions.DEFAULTS.withSharedClient(shared);
        ServerConnection first = RoamvaultClient.connect(server.url(), server.pin(), fleet).connection();
        ServerConnection second = RoamvaultClient.connect(server.url(), server.pin(), fleet).connection();

        for (ServerConnection c : new ServerConnection[] {first, second}) {
            assertThat(c.reading().connectionPool()).isSameAs(shared.connectionPool());
            assertThat(c.writing().connectionPool()).isSameAs(shared.connectionPool());
            assertThat(c.reading().dispatcher()).isSameAs(shared.dispatcher());
        }
        assertThat(first.certificate()).isNotNull();
        assertThat(PinnedTls.pinOf(first.certificate())).isEqualTo(server.pin());
    }

    @Test
    void onlyIdempotentCallsMayBeRetriedAndAPhoneCanForbidThatToo() throws Exception {
        ServerConnection console = RoamvaultClient.connect(server.url(), server.pin()).connection();
        assertThat(console.writing().retryOnConnectionFailure()).isFalse();
        assertThat(console.reading().retryOnConnectionFailure()).isTrue();

        ServerConnection phone = RoamvaultClient.connect(server.url(), server.pin(),
                ConnectionOptions.DEFAULTS.withRetryIdempotentCalls(false)).connection();
        assertThat(phone.reading().retryOnConnectionFailure()).isFalse();
    }
}
