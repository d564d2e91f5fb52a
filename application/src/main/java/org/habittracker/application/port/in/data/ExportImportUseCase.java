package org.habittracker.application.port.in.data;

import org.habittracker.domain.user.UserId;

public interface ExportImportUseCase {

    UserDataExport export(UserId owner);

    /**
     * Adds the data to the owner's account, all or nothing: one bad value and nothing is written. The
     * settings in the data replace the owner's. Past the 500-habit limit is a {@code LimitExceededException}.
     */
    ImportReport importData(UserId owner, UserDataExport data);
}
