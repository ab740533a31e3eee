//! Content-hashed names for the site's own files. Pages name
//! `/pkg/persepsi.<hash>.js`, `.wasm` and `persepsi.<hash>.css`, where the
//! hash is taken from the files' bytes when the server starts; a browser
//! may then keep them for a year (`immutable`), and a new build is fetched
//! at once because its names differ. The files stay on disk under their
//! plain names (which `cargo leptos watch` and older pages still ask for,
//! with a short cache).

use leptos::config::LeptosOptions;
use sha2::{Digest, Sha256};
use std::path::Path;

/// How long a browser may keep a file whose name carries its hash.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// How long a browser may keep a file asked for by its plain name.
pub const SHORT: &str = "public, max-age=300";

/// The hashed names of this build's files.
#[derive(Clone, Debug)]
pub struct Assets {
    output: String,
    bundle_hash: String,
    css_hash: String,
    bundle_name: String,
    css_name: String,
}

fn hash_of(dir: &Path, files: &[String]) -> String {
    let mut hasher = Sha256::new();
    for file in files {
        // A missing file (a server without its site, as in some tests)
        // hashes as empty; it is then simply not found when asked for.
        hasher.update(std::fs::read(dir.join(file)).unwrap_or_default());
    }
    hasher.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Assets {
    /// Hashes the files of the site `options` describe.
    pub fn load(options: &LeptosOptions) -> Assets {
        let dir = Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
        let output = options.output_name.to_string();
        // The JavaScript glue and the WASM only work together: one hash.
        let bundle_hash = hash_of(&dir, &[format!("{output}.js"), format!("{output}.wasm")]);
        let css_hash = hash_of(&dir, &[format!("{output}.css")]);
        Assets {
            bundle_name: format!("{output}.{bundle_hash}"),
            css_name: format!("{output}.{css_hash}.css"),
            output,
            bundle_hash,
            css_hash,
        }
    }

    /// The name the hydration scripts use for the JavaScript and WASM
    /// (`persepsi.<hash>`, before `.js` / `.wasm`).
    pub fn bundle_name(&self) -> &str {
        &self.bundle_name
    }

    /// The style sheet's file name.
    pub fn css_name(&self) -> &str {
        &self.css_name
    }

    /// The file on disk for a requested name under the package folder, and
    /// whether the name carried this build's hash (so it may be cached for
    /// good). A name with another build's hash gets today's file with a
    /// short cache: never a wrong file kept for a year, never a 404 for a
    /// page rendered just before a restart.
    pub fn resolve<'a>(&self, requested: &'a str) -> (std::borrow::Cow<'a, str>, bool) {
        let Some(rest) = requested.strip_prefix(&self.output) else {
            return (requested.into(), false);
        };
        let Some((hash, ext)) = rest.strip_prefix('.').and_then(|r| r.split_once('.')) else {
            return (requested.into(), false);
        };
        if hash.len() != 16 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return (requested.into(), false);
        }
        let current = match ext {
            "js" | "wasm" | "js.gz" | "wasm.gz" => hash == self.bundle_hash,
            "css" | "css.gz" => hash == self.css_hash,
            _ => return (requested.into(), false),
        };
        (format!("{}.{ext}", self.output).into(), current)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> (tempfile::TempDir, LeptosOptions) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("pkg")).unwrap();
        for (file, body) in [
            ("persepsi.js", "js"),
            ("persepsi.wasm", "wasm"),
            ("persepsi.css", "body{}"),
        ] {
            std::fs::write(dir.path().join("pkg").join(file), body).unwrap();
        }
        let options = LeptosOptions::builder()
            .output_name("persepsi")
            .site_root(dir.path().to_str().unwrap())
            .site_pkg_dir("pkg")
            .build();
        (dir, options)
    }

    #[test]
    fn names_change_with_the_bytes_and_resolve_to_the_files() {
        let (dir, options) = site();
        let a = Assets::load(&options);
        let css = a.css_name().to_string();
        assert!(css.starts_with("persepsi.") && css.ends_with(".css"));
        assert_eq!(a.resolve(&css), ("persepsi.css".into(), true));
        let js = format!("{}.js", a.bundle_name());
        assert_eq!(a.resolve(&js), ("persepsi.js".into(), true));
        assert_eq!(a.resolve("persepsi.js"), ("persepsi.js".into(), false));
        assert_eq!(a.resolve("other.txt"), ("other.txt".into(), false));

        std::fs::write(dir.path().join("pkg/persepsi.css"), "body{color:red}").unwrap();
        let b = Assets::load(&options);
        assert_ne!(b.css_name(), css, "new bytes, new name");
        assert_eq!(
            b.bundle_name(),
            a.bundle_name(),
            "the bundle did not change"
        );
        // The old name still finds the file, but is no longer kept for good.
        assert_eq!(b.resolve(&css), ("persepsi.css".into(), false));
    }
}
