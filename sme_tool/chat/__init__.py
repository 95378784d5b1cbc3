"""The chatbot: answers export questions and finds support, on a page and through the API."""
