package com.roamvault.attack.fuzz;

/** What came back for one hostile request; status -1 when the server closed without an HTTP answer. */
record Answer(int status, String contentType, String body) {
}
