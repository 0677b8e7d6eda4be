use leptos::prelude::*;

/// Sends the forms of the page it is on (those marked `data-no-reload`) with fetch and shows the
/// answer's main content in place, with the address it ended at: on a cheap phone the page does
/// not flash white and load again. Without JavaScript the same forms post as usual.
#[island]
pub fn FormsWithoutReload() -> impl IntoView {
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        browser::listen();
    });
}

#[cfg(feature = "hydrate")]
mod browser {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;

    /// One listener on the document, so that a form in swapped-in content is handled too.
    pub fn listen() {
        let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
        let on_submit = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
            let Some(form) = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            if !form.has_attribute("data-no-reload") {
                return;
            }
            event.prevent_default();
            // The button pressed says which answer was given ("yes" or "no").
            let submitter = event
                .dyn_ref::<web_sys::SubmitEvent>()
                .and_then(|event| event.submitter())
                .and_then(|element| element.dyn_into::<web_sys::HtmlButtonElement>().ok());
            leptos::task::spawn_local(async move {
                if send(&form, submitter.as_ref()).await.is_err() {
                    // Whatever went wrong, the browser can still send the form itself.
                    form.remove_attribute("data-no-reload").ok();
                    let button = submitter.as_ref().map(|button| button.unchecked_ref::<web_sys::HtmlElement>());
                    form.request_submit_with_submitter(button).ok();
                }
            });
        });
        if document.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref()).is_ok() {
            // The listener lives as long as the page.
            on_submit.forget();
        }
    }

    /// The status of the page the service worker (public/sw.js) answers with when offline.
    const OFFLINE: u16 = 503;

    async fn send(
        form: &web_sys::HtmlFormElement,
        submitter: Option<&web_sys::HtmlButtonElement>,
    ) -> Result<(), JsValue> {
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let document = window.document().ok_or(JsValue::NULL)?;
        let data = web_sys::FormData::new_with_form(form)?;
        if let Some(button) = submitter.filter(|button| !button.name().is_empty()) {
            data.append_with_str(&button.name(), &button.value())?;
        }
        let body = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data)?;
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        init.set_body(&body);
        let response: web_sys::Response =
            JsFuture::from(window.fetch_with_str_and_init(&form.action(), &init)).await?.dyn_into()?;
        let html = JsFuture::from(response.text()?).await?.as_string().ok_or(JsValue::NULL)?;
        let parsed = web_sys::DomParser::new()?.parse_from_string(&html, web_sys::SupportedType::TextHtml)?;
        let (Some(new_main), Some(main)) = (parsed.get_element_by_id("main"), document.get_element_by_id("main"))
        else {
            return Err(JsValue::NULL);
        };
        if response.status() == OFFLINE {
            // The service worker's offline page: its notice goes above the form, which keeps
            // everything typed for sending again.
            let notice = document.create_element("div")?;
            notice.set_attribute("role", "alert")?;
            notice.set_attribute("class", "form-alert offline-notice")?;
            notice.set_inner_html(&new_main.inner_html());
            if let Some(previous) = document.query_selector(".offline-notice")? {
                previous.remove();
            }
            form.before_with_node_1(&notice)?;
            return Ok(());
        }
        main.set_inner_html(&new_main.inner_html());
        document.set_title(&parsed.title());
        window.history()?.push_state_with_url(&JsValue::NULL, "", Some(&response.url()))?;
        // Screen readers start reading the new content, as after a page load; the page then
        // shows from its top, header included, as after a page load too.
        if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
            main.focus().ok();
        }
        window.scroll_to_with_x_and_y(0.0, 0.0);
        Ok(())
    }
}
