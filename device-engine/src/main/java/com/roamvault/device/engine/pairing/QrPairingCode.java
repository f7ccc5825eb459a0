package com.roamvault.device.engine.pairing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads the pairing code out of a QR image (PNG, JPEG...), as the phone's camera would. */
public final class QrPairingCode {
    private QrPairingCode() {
    }

    public static String read(Path image) throws IOException {
        try (InputStream in = Files.newInputStream(image)) {
            return read(in);
        }
    }

    public static String read(InputStream imageBytes) throws IOException {
        BufferedImage image = ImageIO.read(imageBytes);
        if (image == null) {
            throw new IOException("Not an image this phone can read (PNG, JPEG, GIF or BMP)");
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        // the quick search misses some symbols' finder patterns; a camera app tries harder, and a
        // screenshot of the console's code is a "pure" barcode, which ZXing can read directly
        for (Map<DecodeHintType, Object> hints : List.of(
                Map.<DecodeHintType, Object>of(DecodeHintType.TRY_HARDER, Boolean.TRUE),
                Map.<DecodeHintType, Object>of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))) {
            try {
                return new QRCodeReader().decode(bitmap, hints).getText();
            } catch (NotFoundException | ChecksumException | FormatException e) {
                // try the next way of looking
            }
        }
        throw new IOException("No readable QR code in the image");
    }
}
