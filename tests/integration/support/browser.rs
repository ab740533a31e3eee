//! `Browser`: a client that keeps its cookies, signed in to the admin pages
//! as someone, posting forms with the session's anti-forgery token.

use super::{TestApp, attr_value, form_fields};

/// A browser signed in as someone.
pub struct Browser {
    client: reqwest::Client,
    base: String,
}

impl Browser {
    pub fn new(app: &TestApp) -> Self {
        Self::at(&app.base)
    }

    /// A browser for the server at `base` (`http://127.0.0.1:PORT`).
    pub fn at(base: &str) -> Self {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Self::with(base, client)
    }

    /// A browser for `base` sending with `client` (which keeps cookies and
    /// does not follow redirects).
    pub fn with(base: &str, client: reqwest::Client) -> Self {
        Browser {
            client,
            base: base.to_string(),
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
    }

    pub async fn post(&self, path: &str, pairs: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.base))
            .form(pairs)
            .send()
            .await
            .unwrap()
    }

    /// A form post carrying `headers` too (`Origin`, `X-Forwarded-For`).
    pub async fn post_headers(
        &self,
        path: &str,
        pairs: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut req = self.client.post(format!("{}{path}", self.base)).form(pairs);
        for (name, value) in headers {
            req = req.header(*name, *value);
        }
        req.send().await.unwrap()
    }

    /// A JSON post carrying `headers` too.
    pub async fn post_json(
        &self,
        path: &str,
        body: &serde_json::Value,
        headers: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut req = self.client.post(format!("{}{path}", self.base)).json(body);
        for (name, value) in headers {
            req = req.header(*name, *value);
        }
        req.send().await.unwrap()
    }

    /// Signs in with `headers` on the sign-in POST; returns its answer.
    pub async fn login_with(
        &self,
        email: &str,
        password: &str,
        headers: &[(&str, &str)],
    ) -> reqwest::Response {
        let html = self.get("/admin/login").await.text().await.unwrap();
        let csrf = attr_value(&html, "name=\"csrf\" value=\"").unwrap();
        let pairs = [
            ("csrf", csrf.as_str()),
            ("email", email),
            ("password", password),
        ];
        self.post_headers("/admin/login", &pairs, headers).await
    }

    /// Signs in; returns the status of the sign-in POST.
    pub async fn login(&self, email: &str, password: &str) -> u16 {
        let html = self.get("/admin/login").await.text().await.unwrap();
        let csrf = attr_value(&html, "name=\"csrf\" value=\"").unwrap();
        self.post(
            "/admin/login",
            &[("csrf", &csrf), ("email", email), ("password", password)],
        )
        .await
        .status()
        .as_u16()
    }

    /// The session's anti-forgery token, from any signed-in page.
    pub async fn csrf(&self) -> String {
        let html = self.get("/admin").await.text().await.unwrap();
        attr_value(&html, "name=\"csrf\" value=\"").expect("signed in")
    }

    /// A form post with the session's token.
    pub async fn send(&self, path: &str, pairs: &[(&str, &str)]) -> u16 {
        let csrf = self.csrf().await;
        let mut all = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(pairs);
        self.post(path, &all).await.status().as_u16()
    }

    /// Moves survey `slug` to `to` (`open`, `closed`) with the button on
    /// its admin page; returns the status.
    pub async fn set_status(&self, slug: &str, to: &str) -> u16 {
        self.send(
            &format!("/admin/s/{slug}/status"),
            &[("to", to), ("confirm", "yes")],
        )
        .await
    }

    /// Opens the form page at `path`, changes the fields in `changes` (each
    /// replacing every value of its field) and sends the form as it then
    /// stands, as a person changing one setting does; returns the status.
    pub async fn edit(&self, path: &str, changes: &[(&str, &str)]) -> u16 {
        let html = self.get(path).await.text().await.unwrap();
        let mut fields = form_fields(&html, path);
        assert!(!fields.is_empty(), "{path} shows its form");
        for (name, _) in changes {
            fields.retain(|(n, _)| n != name);
        }
        fields.extend(changes.iter().map(|(n, v)| (n.to_string(), v.to_string())));
        let pairs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        self.post(path, &pairs).await.status().as_u16()
    }
}
