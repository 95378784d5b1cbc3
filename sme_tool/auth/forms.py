"""The sign-in form."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField, PasswordField, StringField
from wtforms.validators import InputRequired, Length

from ..i18n import _l


class LoginForm(FlaskForm):
    """E-mail address and password of a staff account."""

    email = StringField(
        _l("E-mail address"),
        validators=[
            InputRequired(message=_l("Enter the e-mail address of your account.")),
            Length(max=254, message=_l("An e-mail address has at most 254 characters.")),
        ],
        render_kw={"autocomplete": "username", "spellcheck": "false", "autocapitalize": "none", "type": "email"},
    )
    password = PasswordField(
        _l("Password"),
        validators=[
            InputRequired(message=_l("Enter your password.")),
            Length(max=200, message=_l("A password has at most 200 characters.")),
        ],
        render_kw={"autocomplete": "current-password"},
    )
    next = HiddenField()
