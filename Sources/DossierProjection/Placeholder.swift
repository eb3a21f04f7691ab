// The projection lands here (issue 4).
