"""The Gradio front end: login and join pages, screens per tab, German and English texts; every
model call goes through the gateway's chat pipeline."""
