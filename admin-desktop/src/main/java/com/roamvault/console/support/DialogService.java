package com.roamvault.console.support;

/** The dialogs ViewModels ask for, behind an interface so tests answer them without windows. */
public interface DialogService {

    /** Asks a yes/no question; true when confirmed. */
    boolean confirm(String title, String message);
}
