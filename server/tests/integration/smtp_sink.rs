//! A small SMTP server for the tests: it speaks the protocol lettre speaks (EHLO, MAIL, RCPT,
//! DATA, RSET, QUIT), keeps every accepted message, and can refuse the next messages with a
//! temporary (451) or permanent (550) reply, so that retries are tested against real SMTP.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Clone, Default)]
pub struct SmtpSink {
    pub port: u16,
    received: Arc<Mutex<Vec<String>>>,
    /// Replies for the next DATA commits, instead of 250 ("451 ...", "550 ...").
    refusals: Arc<Mutex<Vec<&'static str>>>,
    /// A reply for every DATA commit while set: an outage.
    outage: Arc<Mutex<Option<&'static str>>>,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let sink = SmtpSink { port: listener.local_addr().unwrap().port(), ..SmtpSink::default() };
        let server = sink.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let session = server.clone();
                tokio::spawn(async move { session.converse(stream).await });
            }
        });
        sink
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn received(&self) -> Vec<String> {
        self.received.lock().unwrap().clone()
    }

    pub fn refuse_next(&self, reply: &'static str) {
        self.refusals.lock().unwrap().push(reply);
    }

    /// Refuses every message with `reply` until called again with None.
    pub fn outage(&self, reply: Option<&'static str>) {
        *self.outage.lock().unwrap() = reply;
    }

    async fn converse(&self, stream: tokio::net::TcpStream) {
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read).lines();
        let _ = write.write_all(b"220 sink.test ESMTP\r\n").await;
        while let Ok(Some(line)) = lines.next_line().await {
            let command = line.to_ascii_uppercase();
            let reply: String = if command.starts_with("EHLO") || command.starts_with("HELO") {
                "250-sink.test\r\n250 8BITMIME".into()
            } else if command.starts_with("DATA") {
                let _ = write.write_all(b"354 go ahead\r\n").await;
                let mut message = String::new();
                while let Ok(Some(data)) = lines.next_line().await {
                    if data == "." {
                        break;
                    }
                    message.push_str(data.strip_prefix('.').unwrap_or(&data));
                    message.push_str("\r\n");
                }
                let refusal = { *self.outage.lock().unwrap() }.or_else(|| self.refusals.lock().unwrap().pop());
                match refusal {
                    Some(reply) => reply.into(),
                    None => {
                        self.received.lock().unwrap().push(message);
                        "250 queued".into()
                    }
                }
            } else if command.starts_with("QUIT") {
                let _ = write.write_all(b"221 bye\r\n").await;
                return;
            } else {
                "250 ok".into()
            };
            if write.write_all(format!("{reply}\r\n").as_bytes()).await.is_err() {
                return;
            }
        }
    }
}
