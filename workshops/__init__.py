"""AI-awareness workshops: plans and seats (service), their tables (models), the demo content
and exercises, the runner that sends an exercise through the chat pipeline, the verified wipe
and its signed certificate."""
