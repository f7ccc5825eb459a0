package com.roamvault.device.guided;

import com.roamvault.device.engine.Device;
import com.roamvault.protocol.mobile.RecordDto;

/**
 * How the story's user touches records: straight on the engine when the story is told headless,
 * or through the phone's own screens in the simulator, so the audience sees each move. Every
 * method blocks until the phone did it (and never runs on a UI thread).
 */
public interface RecordHands {

    /** Opens the record (the phone journals a view). */
    void open(RecordDto record) throws Exception;

    /** Reveals the open record's password. */
    void reveal(RecordDto record) throws Exception;

    /** Copies the open record's password to the phone's clipboard. */
    void copy(RecordDto record) throws Exception;

    /** Headless: the engine's calls, nothing shown. */
    static RecordHands direct(Device phone) {
        return new RecordHands() {
            @Override
            public void open(RecordDto record) {
                phone.view(record.recordId());
            }

            @Override
            public void reveal(RecordDto record) {
                phone.reveal(record.recordId());
            }

            @Override
            public void copy(RecordDto record) {
                phone.copy(record.recordId());
            }
        };
    }
}
