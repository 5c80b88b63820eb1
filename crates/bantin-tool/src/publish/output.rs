//! The folder a publish writes into. A file is written only when what it
//! would hold differs from what it holds: publishing again after one new
//! article touches only the files that article changes, and a CDN's copies
//! of the others stay valid. In the folders a publish owns, the files it did
//! not put this time (an article taken down, a page past the new end) go.

use crate::layout::Sink;
use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// A folder of files, written only where they change.
#[derive(Debug)]
pub struct Output {
    root: PathBuf,
    made: HashSet<PathBuf>,
    /// Every file put, written or not.
    put: HashSet<PathBuf>,
    /// Files written (new or changed).
    pub written: usize,
    /// Files that already held what they would have been given.
    pub unchanged: usize,
    /// Bytes of every file put, written or not.
    pub bytes: u64,
    /// Files removed by [`Output::prune`].
    pub removed: usize,
}

impl Output {
    /// The folder at `root` (created when it is first written into).
    pub fn new(root: &Path) -> Self {
        Self {
            root: root.to_owned(),
            made: HashSet::new(),
            put: HashSet::new(),
            written: 0,
            unchanged: 0,
            bytes: 0,
            removed: 0,
        }
    }

    /// The folder's path.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Writes `contents` to `path` (relative, `/` between folders) unless
    /// the file already holds exactly that.
    pub fn put(&mut self, path: &str, contents: &[u8]) -> io::Result<()> {
        self.bytes += contents.len() as u64;
        let file = self.root.join(path);
        self.put.insert(file.clone());
        let same_length = fs::metadata(&file).is_ok_and(|m| m.len() == contents.len() as u64);
        if same_length && fs::read(&file).is_ok_and(|held| held == contents) {
            self.unchanged += 1;
            return Ok(());
        }
        if let Some(dir) = file.parent()
            && !self.made.contains(dir)
        {
            fs::create_dir_all(dir)?;
            self.made.insert(dir.to_owned());
        }
        fs::write(&file, contents)?;
        self.written += 1;
        Ok(())
    }

    /// Removes every file under the folders `owned` (relative to the root)
    /// that was not put, and the folders left empty.
    pub fn prune(&mut self, owned: &[&str]) -> io::Result<()> {
        for folder in owned {
            let dir = self.root.join(folder);
            if dir.is_dir() {
                self.prune_dir(&dir)?;
            }
        }
        Ok(())
    }

    /// Prunes `dir`; whether it is left empty.
    fn prune_dir(&mut self, dir: &Path) -> io::Result<bool> {
        let mut empty = true;
        for entry in fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                if self.prune_dir(&path)? {
                    fs::remove_dir(&path)?;
                } else {
                    empty = false;
                }
            } else if self.put.contains(&path) {
                empty = false;
            } else {
                fs::remove_file(&path)?;
                self.removed += 1;
            }
        }
        Ok(empty)
    }

    /// The bytes of a file of the folder, if there is one.
    pub fn read(&self, path: &str) -> Option<Vec<u8>> {
        fs::read(self.root.join(path)).ok()
    }
}

impl Sink for Output {
    fn put(&mut self, path: &str, contents: &[u8]) -> io::Result<()> {
        Output::put(self, path, contents)
    }

    fn read(&self, path: &str) -> Option<Vec<u8>> {
        Output::read(self, path)
    }
}

#[cfg(test)]
mod tests {
    use super::Output;

    #[test]
    fn only_changed_files_are_written() {
        let dir = std::env::temp_dir().join(format!("bantin-output-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let mut out = Output::new(&dir);
        out.put("a/b/index.html", b"one").unwrap_or_else(|e| panic!("{e}"));
        out.put("c.xml", b"two").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((out.written, out.unchanged), (2, 0));
        let mut again = Output::new(&dir);
        again.put("a/b/index.html", b"one").unwrap_or_else(|e| panic!("{e}"));
        again.put("c.xml", b"tw0").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((again.written, again.unchanged), (1, 1));
        assert_eq!(again.read("c.xml").as_deref(), Some(&b"tw0"[..]));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn files_not_put_again_go_from_the_folders_a_publish_owns() {
        let dir = std::env::temp_dir().join(format!("bantin-prune-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let mut out = Output::new(&dir);
        for path in ["bai-viet/a/index.html", "bai-viet/b/index.html", "app.html"] {
            out.put(path, b"x").unwrap_or_else(|e| panic!("{e}"));
        }
        let mut again = Output::new(&dir);
        again.put("bai-viet/a/index.html", b"x").unwrap_or_else(|e| panic!("{e}"));
        again.prune(&["bai-viet", "trang"]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(again.removed, 1);
        assert!(dir.join("bai-viet/a/index.html").is_file());
        assert!(!dir.join("bai-viet/b").exists(), "the emptied folder goes too");
        assert!(dir.join("app.html").is_file(), "outside the owned folders nothing goes");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
