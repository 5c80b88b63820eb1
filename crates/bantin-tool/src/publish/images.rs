//! An image's size in pixels, read from the start of its file (PNG, GIF,
//! JPEG, WebP) or its root element (SVG), so a page can say it
//! (`og:image:width`): sharing services lay the card out before they fetch
//! the picture.

/// Width and height in pixels, when the bytes are an image of a known kind
/// that says them.
pub fn dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some((be32(bytes, 16)?, be32(bytes, 20)?));
    }
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        return Some((u32::from(le16(bytes, 6)?), u32::from(le16(bytes, 8)?)));
    }
    if bytes.starts_with(&[0xFF, 0xD8]) {
        return jpeg(bytes);
    }
    if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        return webp(bytes);
    }
    svg(std::str::from_utf8(bytes.get(..bytes.len().min(4096))?).ok()?)
}

fn be16(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn le16(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn le24(b: &[u8], at: usize) -> Option<u32> {
    let b = b.get(at..at + 3)?;
    Some(u32::from(b[0]) | u32::from(b[1]) << 8 | u32::from(b[2]) << 16)
}

/// The frame header (SOF0–SOF15, but DHT, JPG and DAC) after the markers before it.
fn jpeg(b: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    loop {
        while *b.get(at)? != 0xFF {
            at += 1;
        }
        while *b.get(at)? == 0xFF {
            at += 1;
        }
        let marker = *b.get(at)?;
        at += 1;
        if matches!(marker, 0xD8 | 0x01 | 0xD0..=0xD7) {
            continue; // Markers without a length.
        }
        let length = usize::from(be16(b, at)?);
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            return Some((u32::from(be16(b, at + 5)?), u32::from(be16(b, at + 3)?)));
        }
        at += length;
    }
}

fn webp(b: &[u8]) -> Option<(u32, u32)> {
    match b.get(12..16)? {
        b"VP8 " => Some((u32::from(le16(b, 26)? & 0x3FFF), u32::from(le16(b, 28)? & 0x3FFF))),
        b"VP8L" => {
            let bits = u32::from_le_bytes(b.get(21..25)?.try_into().ok()?);
            Some(((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1))
        }
        b"VP8X" => Some((le24(b, 24)? + 1, le24(b, 27)? + 1)),
        _ => None,
    }
}

/// The root `<svg>`'s `width` and `height` in pixels, else its `viewBox`.
fn svg(text: &str) -> Option<(u32, u32)> {
    let start = text.find("<svg")?;
    let tag = &text[start..start + text[start..].find('>')?];
    let attr = |name: &str| {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        tag[at..].split('"').next()
    };
    let pixels = |v: &str| v.trim().trim_end_matches("px").parse::<f64>().ok().filter(|n| *n > 0.0);
    if let (Some(w), Some(h)) = (attr("width").and_then(pixels), attr("height").and_then(pixels)) {
        return Some((w.round() as u32, h.round() as u32));
    }
    let view_box: Vec<f64> = attr("viewBox")?.split([' ', ',']).filter_map(|n| n.parse().ok()).collect();
    match view_box[..] {
        [_, _, w, h] if w > 0.0 && h > 0.0 => Some((w.round() as u32, h.round() as u32)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::dimensions;

    #[test]
    fn each_kind_says_its_size() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend_from_slice(&800u32.to_be_bytes());
        png.extend_from_slice(&450u32.to_be_bytes());
        assert_eq!(dimensions(&png), Some((800, 450)));
        assert_eq!(dimensions(b"GIF89a\x20\x03\xc2\x01rest"), Some((800, 450)));
        let jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 17, 8, 0x01, 0xC2, 0x03, 0x20, 3];
        assert_eq!(dimensions(&jpeg), Some((800, 450)));
        let mut webp = b"RIFF\0\0\0\0WEBPVP8X\0\0\0\0\0\0\0\0".to_vec();
        webp.extend_from_slice(&[0x1F, 0x03, 0x00, 0xC1, 0x01, 0x00]);
        assert_eq!(dimensions(&webp), Some((800, 450)));
        let svg = r#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675"><rect/></svg>"#;
        assert_eq!(dimensions(svg.as_bytes()), Some((1200, 675)));
        assert_eq!(dimensions(br#"<svg width="64px" height="64" viewBox="0 0 1 1"/>"#), Some((64, 64)));
        assert_eq!(dimensions(b"not an image"), None);
        assert_eq!(dimensions(&[0xFF, 0xD8, 0xFF]), None, "a cut JPEG says nothing");
    }

    #[test]
    fn the_sample_s_pictures_are_read() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/images");
        let bytes = std::fs::read(dir.join("hoi-nghi-nq29.svg")).unwrap_or_default();
        let (w, h) = dimensions(&bytes).unwrap_or((0, 0));
        assert!(w > 0 && h > 0, "{w}×{h}");
    }
}
