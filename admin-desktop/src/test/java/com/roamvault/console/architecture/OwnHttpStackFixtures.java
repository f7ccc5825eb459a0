package com.roamvault.console.architecture;

import java.net.http.HttpClient;
import javax.net.ssl.SSLContext;
import okhttp3.OkHttpClient;

/** Classes that break the "no HTTP stack of its own" wall, to prove the rule notices each kind. */
final class OwnHttpStackFixtures {
    private OwnHttpStackFixtures() {
    }

    static final class UsesOkHttp {
        OkHttpClient client() {
            return new OkHttpClient();
        }
    }

    static final class UsesJavaxNetSsl {
        SSLContext context() throws Exception {
            return SSLContext.getInstance("TLS");
        }
    }

    static final class UsesJavaNetHttp {
        HttpClient client() {
            return HttpClient.newHttpClient();
        }
    }
}
