package vn.tochuc.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoPhotosTest {

    private static final String[] SCENES = {"hall", "podium", "meeting", "outdoor", "ceremony", "office"};

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static BufferedImage decode(byte[] jpeg) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(img).as("decodable JPEG").isNotNull();
        return img;
    }

    @ParameterizedTest
    @ValueSource(strings = {"hall", "podium", "meeting", "outdoor", "ceremony", "office"})
    void everySceneRendersAJpegOfTheRequestedSize(String scene) throws IOException {
        byte[] jpeg = DemoPhotos.renderJpeg(scene, 42L, 640, 400);

        assertThat(jpeg).hasSizeGreaterThan(1000);
        assertThat(jpeg[0]).isEqualTo((byte) 0xFF);
        assertThat(jpeg[1]).isEqualTo((byte) 0xD8);
        assertThat(jpeg[2]).isEqualTo((byte) 0xFF);
        BufferedImage img = decode(jpeg);
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getHeight()).isEqualTo(400);
    }

    @Test
    void supportsSmallLargeAndUnusualSizes() throws IOException {
        int[][] sizes = {{320, 200}, {1600, 1000}, {500, 500}, {333, 217}};
        for (int[] size : sizes) {
            BufferedImage img = decode(DemoPhotos.renderJpeg("meeting", 3L, size[0], size[1]));
            assertThat(img.getWidth()).isEqualTo(size[0]);
            assertThat(img.getHeight()).isEqualTo(size[1]);
        }
    }

    @Test
    void sameSeedGivesIdenticalBytes() {
        for (String scene : SCENES) {
            byte[] a = DemoPhotos.renderJpeg(scene, 7L, 480, 300);
            byte[] b = DemoPhotos.renderJpeg(scene, 7L, 480, 300);
            assertThat(a).as(scene).isEqualTo(b);
        }
    }

    @Test
    void differentSeedsGiveDifferentBytes() {
        for (String scene : SCENES) {
            byte[] a = DemoPhotos.renderJpeg(scene, 1L, 480, 300);
            byte[] b = DemoPhotos.renderJpeg(scene, 2L, 480, 300);
            assertThat(a).as(scene).isNotEqualTo(b);
        }
    }

    @Test
    void unknownOrMissingSceneFallsBackToHall() throws IOException {
        byte[] hall = DemoPhotos.renderJpeg("hall", 5L, 400, 250);
        byte[] unknown = DemoPhotos.renderJpeg("no-such-scene", 5L, 400, 250);
        byte[] missing = DemoPhotos.renderJpeg(null, 5L, 400, 250);

        BufferedImage img = decode(unknown);
        assertThat(img.getWidth()).isEqualTo(400);
        assertThat(img.getHeight()).isEqualTo(250);
        assertThat(unknown).isEqualTo(hall);
        assertThat(missing).isEqualTo(hall);
    }

    @Test
    void rejectsNonsensicalSizes() {
        assertThatThrownBy(() -> DemoPhotos.renderJpeg("hall", 1L, 0, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoPhotos.renderJpeg("hall", 1L, 100, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
