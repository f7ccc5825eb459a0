package com.roamvault.attack.races;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.protocol.mobile.LoginRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** n phone logins released together by one latch, request i on server i % 2; their answers tallied. */
final class LoginBurst {
    private LoginBurst() {
    }

    /** How many answers of each kind: "200", or the error code ("invalid_credentials", "account_locked", ...). */
    record Tally(Map<String, Integer> answers) {
        int of(String answer) {
            return answers.getOrDefault(answer, 0);
        }

        /** Answers other than the expected ones: each is a defence that broke in another way. */
        int otherThan(String... expected) {
            int others = answers.values().stream().mapToInt(Integer::intValue).sum();
            for (String e : expected) {
                others -= of(e);
            }
            return others;
        }

        @Override
        public String toString() {
            return answers.toString();
        }
    }

    static Tally fire(TwoServers servers, int n, IntFunction<String> username, IntFunction<String> password)
            throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<String>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                calls.add(pool.submit(() -> {
                    go.await();
                    try {
                        servers.server(k).mobile().login(new LoginRequest(username.apply(k), password.apply(k),
                                null, "races " + k, "android"));
                        return "200";
                    } catch (RoamvaultClientException e) {
                        return e.code();
                    }
                }));
            }
            go.countDown();
            Map<String, Integer> answers = new TreeMap<>();
            for (Future<String> call : calls) {
                answers.merge(call.get(), 1, Integer::sum);
            }
            return new Tally(answers);
        } finally {
            pool.shutdownNow();
        }
    }
}
