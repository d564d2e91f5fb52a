package org.habittracker.application.port.in.token;

import java.util.List;
import java.util.UUID;
import org.habittracker.application.port.out.ApiToken;
import org.habittracker.domain.user.UserId;

public interface ManageApiTokensUseCase {

    CreatedApiToken create(UserId owner, String name);

    List<ApiToken> list(UserId owner);

    void revoke(UserId owner, UUID tokenId);
}
