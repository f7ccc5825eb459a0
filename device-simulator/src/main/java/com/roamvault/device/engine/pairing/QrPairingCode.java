package com.roamvault.device.engine.pairing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                    .getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new IOException("No readable QR code in the image");
        }
    }
}
