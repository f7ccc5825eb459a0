package com.roamvault.console.records;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;

/**
 * The text of the QR code in an image file (PNG, JPEG, GIF, BMP), read with ZXing from the pixels
 * JavaFX decoded (no AWT). Safe off the FX thread: it only loads and reads an image.
 */
final class QrImages {
    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    private QrImages() {
    }

    /** The QR code's text; an {@link IOException} says for a person why there is none. */
    static String read(Path file) throws IOException {
        Image image;
        try (InputStream in = Files.newInputStream(file)) {
            image = new Image(in);
        }
        PixelReader pixels = image.getPixelReader();
        if (image.isError() || pixels == null) {
            throw new IOException(file.getFileName() + " is not an image this console can read.");
        }
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        pixels.getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(width, height, onWhite(argb)))), HINTS).getText();
        } catch (NotFoundException e) {
            throw new IOException("No QR code found in " + file.getFileName() + ".", e);
        } catch (ReaderException e) {
            throw new IOException("The QR code in " + file.getFileName() + " cannot be read.", e);
        }
    }

    /** Transparent pixels count as white paper (ZXing ignores alpha, so they would read as black). */
    private static int[] onWhite(int[] argb) {
        for (int i = 0; i < argb.length; i++) {
            int alpha = argb[i] >>> 24;
            if (alpha < 128) {
                argb[i] = 0xFFFFFFFF;
            }
        }
        return argb;
    }
}
