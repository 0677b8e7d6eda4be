use leptos::prelude::*;

/// Shares the current page through the phone's share sheet, or copies its link where there is
/// none. Without JavaScript it stays hidden: the address bar does the same job.
#[island]
pub fn ShareButton(label: String, copied_label: String) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let status_label = copied_label.clone();
    Effect::new(move |_| hydrated.set(true));

    let on_click = move |_| {
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            if browser::share_current_page().await == browser::Shared::Copied {
                copied.set(true);
            }
        });
    };

    view! {
        <button
            type="button"
            class="button share"
            hidden=move || !hydrated.get()
            data-hydrated=move || hydrated.get().then_some("true")
            on:click=on_click
        >
            {move || if copied.get() { status_label.clone() } else { label.clone() }}
        </button>
        <span class="visually-hidden" role="status">
            {move || copied.get().then(|| copied_label.clone())}
        </span>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    #[derive(PartialEq, Eq)]
    pub enum Shared {
        Sheet,
        Copied,
        Failed,
    }

    /// Web Share and the clipboard are reached by name: both are missing in some browsers, and
    /// web-sys marks them unstable.
    pub async fn share_current_page() -> Shared {
        let Some(window) = web_sys::window() else {
            return Shared::Failed;
        };
        let Ok(url) = window.location().href() else {
            return Shared::Failed;
        };
        let title = window.document().map(|document| document.title()).unwrap_or_default();
        let navigator: JsValue = window.navigator().into();
        let call = |target: &JsValue, method: &str, arg: &JsValue| -> Option<js_sys::Promise> {
            let function = js_sys::Reflect::get(target, &method.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
            function.call1(target, arg).ok()?.dyn_into().ok()
        };

        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"url".into(), &url.as_str().into());
        let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
        if let Some(promise) = call(&navigator, "share", &data) {
            // A person who closes the share sheet is not an error worth showing.
            let _ = JsFuture::from(promise).await;
            return Shared::Sheet;
        }
        let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
        let Some(promise) = call(&clipboard, "writeText", &url.into()) else {
            return Shared::Failed;
        };
        match JsFuture::from(promise).await {
            Ok(_) => Shared::Copied,
            Err(_) => Shared::Failed,
        }
    }
}
