//! Embedded pages in an article (`<iframe>`). A video player of a host the
//! policy knows (YouTube, Vimeo, Facebook) becomes a *facade*: the video's
//! still image where the host offers one at a known address, and a link
//! that plays it. Nothing of the host loads until the reader asks: then the
//! app puts in a frame of the host's privacy-friendly player (see
//! `src/components/article_body.rs`), which the page's policy allows in
//! `frame-src` ([`FRAME_ORIGINS`]). Any other embedded page becomes a plain
//! link to it, so the reader still learns where that content is.
//!
//! Both sanitiser walks build the same markup from [`Markup`].

use super::policy::{UrlUse, check_url, scheme};
use crate::text::{percent_decode, percent_encode};

/// The origins a player's frame may come from: the page's `frame-src`.
pub const FRAME_ORIGINS: [&str; 3] =
    ["https://www.youtube-nocookie.com", "https://player.vimeo.com", "https://www.facebook.com"];

/// The class of a facade's link, which holds the player's address in
/// [`FRAME_ATTRIBUTE`].
pub const FACADE_CLASS: &str = "player__facade";
/// The facade link's attribute naming the frame to load on a click.
pub const FRAME_ATTRIBUTE: &str = "data-frame";

/// Whose player an embedded page is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provider {
    /// youtube.com, youtube-nocookie.com.
    YouTube,
    /// player.vimeo.com.
    Vimeo,
    /// facebook.com's video plugin.
    Facebook,
}

impl Provider {
    /// The service's name, as its readers know it.
    pub fn name(self) -> &'static str {
        match self {
            Self::YouTube => "YouTube",
            Self::Vimeo => "Vimeo",
            Self::Facebook => "Facebook",
        }
    }

    fn key(self) -> &'static str {
        match self {
            Self::YouTube => "youtube",
            Self::Vimeo => "vimeo",
            Self::Facebook => "facebook",
        }
    }
}

/// A video player an article embeds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Player {
    /// Whose player.
    pub provider: Provider,
    /// The frame to load once the reader asks: the privacy-friendly player
    /// (`youtube-nocookie.com`, Vimeo with `dnt=1`), playing at once.
    pub frame: String,
    /// The video's own page, for a reader without JavaScript.
    pub page: String,
    /// The video's still image, where the host has one at a known address.
    pub still: Option<String>,
}

/// The player an `<iframe src>` names, if it is one of a known host.
/// Hosts are compared whole: `youtube.com.evil.example` and
/// `www.youtube.com@evil.example` are not YouTube.
pub fn player(src: &str) -> Option<Player> {
    let url = check_url(src, UrlUse::Link)?;
    let rest = match scheme(&url).as_deref() {
        Some(web @ ("http" | "https")) => url.get(web.len() + 1..)?.strip_prefix("//")?,
        // Protocol-relative, as embed codes often are.
        None => url.strip_prefix("//")?,
        Some(_) => return None,
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path_and_query) = rest.split_at(end);
    if authority.contains(['@', ':', '\\']) {
        return None;
    }
    let host = authority.to_ascii_lowercase();
    let (path, query) = path_and_query.split_once('?').unwrap_or((path_and_query, ""));
    let path = path.split('#').next().unwrap_or(path);
    let query = query.split('#').next().unwrap_or(query);
    match host.as_str() {
        "www.youtube.com"
        | "youtube.com"
        | "m.youtube.com"
        | "www.youtube-nocookie.com"
        | "youtube-nocookie.com" => {
            let id = path.strip_prefix("/embed/")?.trim_end_matches('/');
            let valid = (6..=20).contains(&id.len())
                && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            valid.then(|| Player {
                provider: Provider::YouTube,
                frame: format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1"),
                page: format!("https://www.youtube.com/watch?v={id}"),
                still: Some(format!("https://i.ytimg.com/vi/{id}/hqdefault.jpg")),
            })
        }
        "player.vimeo.com" => {
            let id = path.strip_prefix("/video/")?.trim_end_matches('/');
            let valid = !id.is_empty() && id.len() <= 12 && id.bytes().all(|b| b.is_ascii_digit());
            valid.then(|| Player {
                provider: Provider::Vimeo,
                frame: format!("https://player.vimeo.com/video/{id}?dnt=1&autoplay=1"),
                page: format!("https://vimeo.com/{id}"),
                still: None,
            })
        }
        "www.facebook.com" | "facebook.com" | "web.facebook.com" | "m.facebook.com" => {
            if path.trim_end_matches('/') != "/plugins/video.php" {
                return None;
            }
            let href = query.split('&').find_map(|pair| pair.strip_prefix("href="))?;
            let href = percent_decode(href)?;
            let video = check_url(&href, UrlUse::Link)?;
            let video_host =
                video.strip_prefix("https://")?.split(['/', '?', '#']).next()?.to_ascii_lowercase();
            let on_facebook = matches!(
                video_host.as_str(),
                "www.facebook.com" | "facebook.com" | "web.facebook.com" | "m.facebook.com" | "fb.watch"
            );
            on_facebook.then(|| Player {
                provider: Provider::Facebook,
                frame: format!(
                    "https://www.facebook.com/plugins/video.php?href={}&show_text=false&autoplay=true",
                    percent_encode(&video)
                ),
                page: video.clone(),
                still: None,
            })
        }
        _ => None,
    }
}

/// Whether `url` is a frame a facade may load: one [`player`] makes.
pub fn is_player_frame(url: &str) -> bool {
    FRAME_ORIGINS.iter().any(|origin| url.strip_prefix(origin).is_some_and(|rest| rest.starts_with('/')))
}

/// Markup a walk builds in place of an element, as elements and text
/// (never parsed from a string: text is text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Markup {
    /// An element with its attributes and children.
    Element {
        /// Its lower-case name.
        name: &'static str,
        /// Its attributes, in order.
        attributes: Vec<(&'static str, String)>,
        /// What is in it.
        children: Vec<Markup>,
    },
    /// Text.
    Text(String),
}

fn element(name: &'static str, attributes: Vec<(&'static str, String)>, children: Vec<Markup>) -> Markup {
    Markup::Element { name, attributes, children }
}

/// The facade of `player`: phrasing content only (`span`, `a`, `img`), so
/// that it stays where the frame was, even inside a paragraph, when the
/// static page is parsed again. `title` is the frame's, if it had one.
pub fn facade(player: &Player, title: Option<&str>) -> Markup {
    let title = title.map(str::trim).filter(|t| !t.is_empty());
    let mut inside = Vec::new();
    if let Some(still) = &player.still {
        inside.push(element(
            "img",
            vec![
                ("class", "player__still".to_owned()),
                ("src", still.clone()),
                ("alt", String::new()),
                ("loading", "lazy".to_owned()),
                ("decoding", "async".to_owned()),
            ],
            Vec::new(),
        ));
    }
    inside.push(element(
        "span",
        vec![("class", "player__label".to_owned())],
        vec![
            element(
                "span",
                vec![("class", "player__provider".to_owned())],
                vec![Markup::Text(player.provider.name().to_owned())],
            ),
            Markup::Text(format!(" {}", title.unwrap_or("video"))),
        ],
    ));
    let link = element(
        "a",
        vec![
            ("class", FACADE_CLASS.to_owned()),
            ("href", player.page.clone()),
            ("target", "_blank".to_owned()),
            ("rel", "noopener noreferrer".to_owned()),
            (FRAME_ATTRIBUTE, player.frame.clone()),
        ],
        inside,
    );
    element("span", vec![("class", format!("player player--{}", player.provider.key()))], vec![link])
}

/// What an embedded page of an unknown host leaves: a link to it, its
/// address as its text.
pub fn embed_link(url: &str) -> Markup {
    element(
        "a",
        vec![
            ("class", "player-link".to_owned()),
            ("href", url.to_owned()),
            ("target", "_blank".to_owned()),
            ("rel", "noopener noreferrer".to_owned()),
        ],
        vec![Markup::Text(url.to_owned())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn youtube_players_become_the_nocookie_player_with_a_still() {
        for src in [
            "https://www.youtube.com/embed/dQw4w9WgXcQ",
            "//www.youtube.com/embed/dQw4w9WgXcQ?rel=0",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "HTTPS://WWW.YOUTUBE.COM/embed/dQw4w9WgXcQ#t=3",
        ] {
            let p = player(src).unwrap_or_else(|| panic!("{src}"));
            assert_eq!(p.provider, Provider::YouTube);
            assert_eq!(p.frame, "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
            assert_eq!(p.page, "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
            assert_eq!(p.still.as_deref(), Some("https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg"));
            assert!(is_player_frame(&p.frame));
        }
    }

    #[test]
    fn vimeo_and_facebook_players() {
        let vimeo = player("https://player.vimeo.com/video/76979871?h=8272103f6e").expect("vimeo");
        assert_eq!(vimeo.frame, "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1");
        assert_eq!(vimeo.still, None);
        let fb = player(
            "https://www.facebook.com/plugins/video.php?height=314&href=https%3A%2F%2Fwww.facebook.com%2Fbaobinhgiang%2Fvideos%2F1234567890%2F&show_text=false",
        )
        .expect("facebook");
        assert_eq!(fb.page, "https://www.facebook.com/baobinhgiang/videos/1234567890/");
        assert!(
            fb.frame.starts_with(
                "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com"
            )
        );
        assert!(is_player_frame(&fb.frame));
    }

    #[test]
    fn look_alike_hosts_and_other_pages_are_not_players() {
        for src in [
            "https://youtube.com.evil.example/embed/dQw4w9WgXcQ",
            "https://www.youtube.com@evil.example/embed/dQw4w9WgXcQ",
            "https://evil.example/www.youtube.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com:8443/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/embed/<script>",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "javascript:alert(1)//www.youtube.com/embed/dQw4w9WgXcQ",
            "https://player.vimeo.com/video/abc",
            "https://www.facebook.com/plugins/video.php?href=javascript%3Aalert(1)",
            "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fevil.example%2Fv",
            "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fx",
            "https://maps.google.com/maps?q=Binh+Giang&output=embed",
        ] {
            assert_eq!(player(src), None, "{src}");
        }
        assert!(!is_player_frame("https://www.youtube-nocookie.com.evil.example/embed/x"));
        assert!(!is_player_frame("javascript:alert(1)"));
    }

    #[test]
    fn a_facade_is_a_link_to_the_video_holding_the_frame_to_load() {
        let p = player("https://www.youtube.com/embed/dQw4w9WgXcQ").expect("player");
        let Markup::Element { name, children, .. } = facade(&p, Some(" Hội nghị <b>tổng kết</b> "))
        else {
            panic!("an element");
        };
        assert_eq!(name, "span");
        let Markup::Element { name, attributes, children } = &children[0] else { panic!("a link") };
        assert_eq!(*name, "a");
        assert!(attributes.contains(&(FRAME_ATTRIBUTE, p.frame.clone())));
        assert!(attributes.contains(&("href", p.page.clone())));
        // The title is text, never markup.
        let Markup::Element { children: label, .. } = &children[1] else { panic!("a label") };
        assert_eq!(label[1], Markup::Text(" Hội nghị <b>tổng kết</b>".to_owned()));
    }
}
